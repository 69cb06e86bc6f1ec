package org.eshraqa.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The servers every portal test context talks to, started once per test JVM: a real SMTP server
 * (GreenMail) and a real OpenID Connect provider. The portal itself runs on a port chosen here,
 * because the provider must know the portal's redirect address before either starts.
 */
public final class TestInfrastructure {

    public static final String OIDC_REGISTRATION = "testid";

    private static TestInfrastructure instance;

    public final int portalPort = FreePorts.next();
    public final GreenMail mail;
    public final int oidcPort = FreePorts.next();
    private final ConfigurableApplicationContext oidcProvider;

    private TestInfrastructure() {
        mail = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        oidcProvider = OidcTestProvider.start(oidcPort,
                portalUrl() + "/login/oauth2/code/" + OIDC_REGISTRATION);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            oidcProvider.close();
            mail.stop();
        }));
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = new TestInfrastructure();
        }
        return instance;
    }

    public String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    public String oidcIssuer() {
        return "http://127.0.0.1:" + oidcPort;
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> portalPort);
        registry.add("portal.base-url", this::portalUrl);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
        String client = "spring.security.oauth2.client.registration." + OIDC_REGISTRATION + ".";
        registry.add(client + "client-id", () -> OidcTestProvider.CLIENT_ID);
        registry.add(client + "client-secret", () -> OidcTestProvider.CLIENT_SECRET);
        registry.add(client + "client-name", () -> "Test ID");
        registry.add(client + "scope", () -> "openid,profile,email");
        registry.add(client + "authorization-grant-type", () -> "authorization_code");
        registry.add(client + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(client + "provider", () -> OIDC_REGISTRATION);
        registry.add("spring.security.oauth2.client.provider." + OIDC_REGISTRATION + ".issuer-uri", this::oidcIssuer);
    }
}
