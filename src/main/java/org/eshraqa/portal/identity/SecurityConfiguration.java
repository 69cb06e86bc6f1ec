package org.eshraqa.portal.identity;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eshraqa.portal.identity.ui.LoginView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Web security. Two chains: the actuator (HTTP Basic, stateless; health is public, everything
 * else needs ADMIN) and the Vaadin UI (form login plus any configured OpenID Connect provider).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
                           PortalOidcUserService oidcUsers, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/styles/**", "/error").permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage("/" + LoginView.ROUTE)
                    .defaultSuccessUrl("/", true)
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler("/" + LoginView.ROUTE + "?error=oidc") {
                        @Override
                        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                                            AuthenticationException exception)
                                throws java.io.IOException, jakarta.servlet.ServletException {
                            log.warn("OpenID Connect sign-in refused: {}", exception.getMessage());
                            super.onAuthenticationFailure(request, response, exception);
                        }
                    })
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
        }
        // Registers every session by principal, so disabling an account can end them all.
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** bcrypt by default; stored hashes name their algorithm, so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
