package dev.socle.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.socle.security.ui.LoginView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Three doors: the actuator (health public, the rest for admins), the REST API (bearer tokens, problem+json errors),
 * and the UI (Vaadin with a login form). Everything not explicitly public needs a signed-in identity; the catalog's
 * writes (locations, entity deletion, repository analysis) need {@link Roles#CATALOG_EDITOR}, which
 * {@link Roles#ADMIN} implies.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** ADMIN holds every role below it. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Roles.ADMIN)
                .implies(Roles.CATALOG_EDITOR)
                .build();
    }

    @Bean
    AuthenticationManagerResolver<HttpServletRequest> bearerTokenAuthentication(ApiProperties api) {
        var manager = new ProviderManager(new StaticTokenAuthenticationProvider(api));
        return request -> manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(
            HttpSecurity http,
            ProblemJsonSecurityErrors problems,
            AuthenticationManagerResolver<HttpServletRequest> bearerTokens)
            throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .anyRequest()
                        .hasRole(Roles.ADMIN))
                .oauth2ResourceServer(server -> server.authenticationManagerResolver(bearerTokens)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemJsonSecurityErrors problems,
            AuthenticationManagerResolver<HttpServletRequest> bearerTokens)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.POST, "/api/catalog/locations", "/api/catalog/analyze-location")
                        .hasRole(Roles.CATALOG_EDITOR)
                        .requestMatchers(
                                HttpMethod.DELETE, "/api/catalog/locations/*", "/api/catalog/entities/by-uid/*")
                        .hasRole(Roles.CATALOG_EDITOR)
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(server -> server.authenticationManagerResolver(bearerTokens)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/icons/**", "/images/**", "/error")
                        .permitAll());
        // Vaadin 25 denies unmatched URLs by default; Socle lets signed-in people reach them so the router can
        // answer with its friendly not-found page instead of a bare 403.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // After Vaadin's configurer, so that its login view, not Spring's default page, is the login page: a
        // sign-in that fails because the database cannot be reached is not called a wrong password.
        return http.formLogin(form -> form.failureHandler(new SignInFailureHandler()))
                .build();
    }
}
