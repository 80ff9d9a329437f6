package dev.focus.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * How the fresh JVM is started. The archive modes need a training run of the same jar and classpath first
 * (the same event, so that the classes of the request path are in the archive too).
 */
enum JvmMode {
    DEFAULT("default", null),
    C1("C1", null),
    APPCDS_C1("AppCDS+C1", "jsa"),
    AOT_C1("AOT cache+C1", "aot");

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    private final String label;
    private final String archiveExtension;

    JvmMode(String label, String archiveExtension) {
        this.label = label;
        this.archiveExtension = archiveExtension;
    }

    String label() {
        return label;
    }

    boolean needsTraining() {
        return archiveExtension != null;
    }

    Path archive(Path workDir, BenchFunction function) {
        return workDir.resolve(function.name() + "." + archiveExtension);
    }

    List<String> trainingFlags(Path archive) {
        return switch (this) {
            case APPCDS_C1 -> List.of("-XX:ArchiveClassesAtExit=" + archive, C1_ONLY);
            case AOT_C1 -> List.of("-XX:AOTCacheOutput=" + archive, C1_ONLY);
            default -> List.of();
        };
    }

    List<String> runFlags(Path archive) {
        return switch (this) {
            case DEFAULT -> List.of();
            case C1 -> List.of(C1_ONLY);
            case APPCDS_C1 -> List.of("-XX:SharedArchiveFile=" + archive, C1_ONLY);
            case AOT_C1 -> List.of("-XX:AOTCache=" + archive, C1_ONLY);
        };
    }

    static JvmMode parse(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "default" -> DEFAULT;
            case "c1" -> C1;
            case "appcds" -> APPCDS_C1;
            case "aot" -> AOT_C1;
            default -> throw new IllegalArgumentException("Unknown mode " + name + " (known: default, c1, appcds, aot)");
        };
    }
}
