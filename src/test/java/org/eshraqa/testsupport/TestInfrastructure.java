package org.eshraqa.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.context.ConfigurableApplicationContext;

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
    /** The SMS and WhatsApp providers' APIs, stubbed as their references describe them (ProviderStubs). */
    public final com.github.tomakehurst.wiremock.WireMockServer providers;
    private ConfigurableApplicationContext oidcProvider;

    private TestInfrastructure() {
        mail = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        providers = ProviderStubs.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            providers.stop();
            if (oidcProvider != null) {
                oidcProvider.close();
            }
            mail.stop();
        }));
    }

    /**
     * Starts the OIDC provider on first use, after the portal is up. Order matters: both run in
     * this JVM, and Vaadin replaces Spring Security's static SecurityContextHolder strategy when
     * the portal starts; a provider started later picks up the same strategy for all its filters.
     * (In production the provider is another process and none of this applies.)
     */
    public synchronized void startOidcProvider() {
        if (oidcProvider == null) {
            oidcProvider = OidcTestProvider.start(oidcPort, portalUrl() + "/login/oauth2/code/" + OIDC_REGISTRATION);
        }
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

    void register(java.util.Map<String, Object> registry) {
        registry.put("server.port", portalPort);
        registry.put("portal.base-url", portalUrl());
        registry.put("spring.mail.host", "127.0.0.1");
        registry.put("spring.mail.port", mail.getSmtp().getPort());
        ProviderStubs.register(providers, registry);
        String client = "spring.security.oauth2.client.registration." + OIDC_REGISTRATION + ".";
        registry.put(client + "client-id", OidcTestProvider.CLIENT_ID);
        registry.put(client + "client-secret", OidcTestProvider.CLIENT_SECRET);
        registry.put(client + "client-name", "Test ID");
        registry.put(client + "scope", "openid,profile,email");
        registry.put(client + "authorization-grant-type", "authorization_code");
        registry.put(client + "redirect-uri", "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.put(client + "provider", OIDC_REGISTRATION);
        // Endpoints spelled out rather than discovered from issuer-uri: the portal must start
        // before the provider (see startOidcProvider).
        String provider = "spring.security.oauth2.client.provider." + OIDC_REGISTRATION + ".";
        registry.put(provider + "authorization-uri", oidcIssuer() + "/oauth2/authorize");
        registry.put(provider + "token-uri", oidcIssuer() + "/oauth2/token");
        registry.put(provider + "jwk-set-uri", oidcIssuer() + "/oauth2/jwks");
        registry.put(provider + "user-info-uri", oidcIssuer() + "/userinfo");
        registry.put(provider + "user-name-attribute", "sub");
    }
}
