package org.eshraqa.testsupport;

import java.util.Map;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in its own application
 * context on its own port, with only the auto-configuration it needs (no portal beans, no
 * database). Reached at 127.0.0.1 while the portal is reached at localhost, so the two servers'
 * session cookies never mix.
 */
@ImportAutoConfiguration({
        org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
        org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
        org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
        org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
        org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration.class,
        org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration.class
})
public class OidcTestProvider {

    public static final String CLIENT_ID = "portal";
    public static final String CLIENT_SECRET = "portal-test-secret";
    public static final String USER_EMAIL = "layla.oidc@example.org";
    public static final String USER_PASSWORD = "provider-password-1";
    public static final String USER_NAME = "ليلى سعيد";

    @Bean
    UserDetailsService providerUsers() {
        return new InMemoryUserDetailsManager(
                User.withUsername(USER_EMAIL).password("{noop}" + USER_PASSWORD).roles("USER").build(),
                User.withUsername("unverified@example.org").password("{noop}" + USER_PASSWORD).roles("USER").build());
    }

    /** Puts the person's e-mail, its verification and name into the ID token, as real providers do. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                String username = context.getPrincipal().getName();
                context.getClaims().claim("email", username)
                        .claim("email_verified", !username.startsWith("unverified"))
                        .claim("name", USER_NAME);
            }
        };
    }

    static ConfigurableApplicationContext start(int port, String portalRedirectUri) {
        String prefix = "spring.security.oauth2.authorizationserver.client.portal.registration.";
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "spring.config.name", "oidc-test-provider",
                "server.port", port,
                "server.address", "127.0.0.1",
                "spring.security.oauth2.authorizationserver.issuer", "http://127.0.0.1:" + port,
                prefix + "client-id", CLIENT_ID,
                prefix + "client-secret", "{noop}" + CLIENT_SECRET,
                prefix + "client-authentication-methods", "client_secret_basic",
                prefix + "authorization-grant-types", "authorization_code,refresh_token",
                prefix + "redirect-uris", portalRedirectUri,
                prefix + "scopes", "openid,profile,email"));
        return new SpringApplicationBuilder(OidcTestProvider.class)
                .properties(properties)
                .run();
    }
}
