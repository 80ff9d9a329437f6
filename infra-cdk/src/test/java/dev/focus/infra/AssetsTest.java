package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.focus.resources.FocusResources;
import dev.focus.resources.FunctionDefinition;

/** The function code is each module's Maven-built jar, uploaded byte for byte: no Docker, no bundling. */
class AssetsTest {

    private final SynthesizedFocus focus = SynthesizedFocus.dev();

    @Test
    void noStackHasADockerImageAsset() throws IOException {
        try (var manifests = Files.list(focus.assemblyDir)) {
            var assetManifests = manifests.filter(p -> p.getFileName().toString().endsWith(".assets.json")).toList();
            assertThat(assetManifests).hasSize(5);
            for (Path manifest : assetManifests) {
                var images = SynthesizedFocus.read(manifest).getOrDefault("dockerImages", Map.of());
                assertThat((Map<?, ?>) images).as(manifest.getFileName().toString()).isEmpty();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFunctionUploadsItsOwnJarUnchanged() throws IOException {
        var files = (Map<String, Map<String, Object>>) SynthesizedFocus.read(
                focus.assemblyDir.resolve(focus.stackName("Api") + ".assets.json")).get("files");
        for (FunctionDefinition definition : FocusResources.functions()) {
            var function = SynthesizedFocus.properties(focus.resourceWith("Api", "AWS::Lambda::Function", "FunctionName",
                    "focus-dev-" + definition.name()).getValue());
            String key = (String) ((Map<String, Object>) function.get("Code")).get("S3Key");
            var asset = files.get(key.substring(0, key.indexOf('.')));
            var source = (Map<String, Object>) asset.get("source");

            assertThat(source.get("packaging")).isEqualTo("file");
            Path staged = focus.assemblyDir.resolve((String) source.get("path"));
            assertThat(staged.toString()).endsWith(".jar");
            assertThat(Files.readAllBytes(staged)).isEqualTo(Files.readAllBytes(focus.repoRoot.resolve(definition.jar())));
        }
    }
}
