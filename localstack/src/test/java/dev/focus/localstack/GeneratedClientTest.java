package dev.focus.localstack;

import dev.focus.client.identity.api.AuthApi;
import dev.focus.client.identity.model.LoginRequest;
import dev.focus.client.identity.model.RegisterRequest;
import dev.focus.client.identity.model.SignedIn;
import dev.focus.client.identity.model.TokenRequest;
import dev.focus.client.identity.model.User;
import dev.focus.client.rooms.api.RoomsApi;
import dev.focus.client.rooms.api.TimerApi;
import dev.focus.client.rooms.model.CreateRoomRequest;
import dev.focus.client.rooms.model.Room;
import dev.focus.client.rooms.model.Timer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that openapi-generator made from the functions' OpenAPI documents, used as a client developer would use
 * them: if the documents describe another API than the wire's, these calls fail to serialize or deserialize.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStack.Extension.class)
class GeneratedClientTest {

    private TestStack stack;

    @BeforeAll
    void useTheSharedStack(TestStack shared) {
        stack = shared;
    }

    @BeforeEach
    void needsTheBuiltFunctionJars() {
        stack.requireFocusFunctions();
    }

    @Test
    @DisplayName("the clients were generated from exactly the documents the stack serves")
    void generatedFromTheServedDocuments() throws Exception {
        for (String function : List.of("identity", "rooms")) {
            HttpResponse<byte[]> served = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(stack.uri("/docs/openapi/" + function + ".yml")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            byte[] generatedFrom = Files.readAllBytes(TestStack.ROOT.resolve("functions/" + function
                    + "/target/classes/META-INF/swagger/focus-" + function + "-1.yml"));
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).as(function).isEqualTo(generatedFrom);
        }
    }

    @Test
    @DisplayName("a generated client registers, signs in, opens a room and starts its timer")
    void generatedClientsWork() throws Exception {
        var identity = new dev.focus.client.identity.ApiClient();
        identity.updateBaseUri(stack.stack().baseUri().toString());
        AuthApi auth = new AuthApi(identity);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "gen." + suffix + "@example.com";

        User registered = auth.register(new RegisterRequest().email(email).username("gen_" + suffix)
                .password("generated client password"));
        assertThat(registered.getEmail()).isEqualTo(email);
        assertThat(registered.getEmailVerified()).isFalse();
        assertThat(registered.getStatus()).isEqualTo(User.StatusEnum.ACTIVE);

        User verified = auth.verifyEmail(new TokenRequest().token(TestAccounts.verificationToken(stack.stack().baseUri(), email)));
        assertThat(verified.getEmailVerified()).isTrue();
        SignedIn signedIn = auth.login(new LoginRequest().email(email).password("generated client password"));
        assertThat(signedIn.getTokenType()).isEqualTo("bearer");
        assertThat(signedIn.getDeviceToken()).isNotBlank();

        var rooms = new dev.focus.client.rooms.ApiClient();
        rooms.updateBaseUri(stack.stack().baseUri().toString());
        rooms.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + signedIn.getAccessToken()));
        Room room = new RoomsApi(rooms).createRoom(new CreateRoomRequest().name("Generated " + suffix).workDuration(25)
                .breakDuration(5).visibility(CreateRoomRequest.VisibilityEnum.PRIVATE));
        assertThat(room.getHostUserId()).isEqualTo(registered.getId());
        assertThat(room.getInviteCode()).isNotBlank();
        assertThat(room.getParticipantCount()).isEqualTo(1);

        Timer timer = new TimerApi(rooms).startTimer(room.getId());
        assertThat(timer.getStatus()).isEqualTo(Timer.StatusEnum.RUNNING);
        assertThat(timer.getPhase()).isEqualTo(Timer.PhaseEnum.WORK);
        assertThat(timer.getRemainingSeconds()).isBetween(1_499L, 1_500L);
        OffsetDateTime ends = timer.getPhaseEndsAt();
        assertThat(ends).isAfter(timer.getServerTime());

        Timer read = new TimerApi(rooms).getTimer(room.getId());
        assertThat(read.getVersion()).isEqualTo(timer.getVersion());
        assertThat(read.getPhaseEndsAt()).isEqualTo(ends);
    }
}
