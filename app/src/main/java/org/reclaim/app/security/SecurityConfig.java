package org.reclaim.app.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what (docs/security.md, "Access today"). Public: health, the OpenAPI document, Swagger
 * UI and the static web UI. Any signed-in role may read the register and score a decision matrix
 * ({@code /api/v1/mcda}); only ADMIN and ANALYST may change the register. Donors read the
 * register's layers and the aggregate reports, not the land release records of single tasks
 * (completion reports, QC, QA, handovers). The API uses HTTP Basic and no session, so CSRF
 * protection (which guards cookie sessions) is off for {@code /api/**}; it stays on everywhere
 * else. Passwords are hashed with bcrypt; a verified password is remembered briefly ({@link
 * VerifiedPasswordCache}).
 */
@Configuration
public class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt for every stored password; a verified password is remembered for 5 minutes so that
    // HTTP Basic clients do not pay bcrypt on every request (see VerifiedPasswordCache)
    return new VerifiedPasswordCache(
        PasswordEncoderFactories.createDelegatingPasswordEncoder(),
        java.time.Duration.ofMinutes(5),
        java.time.Clock.systemUTC());
  }

  @Bean
  UserDetailsService users(Users users, PasswordEncoder encoder) {
    List<UserDetails> details = new ArrayList<>();
    users
        .passwords()
        .forEach(
            (name, password) ->
                details.add(
                    User.withUsername(name)
                        .password(encoder.encode(password))
                        .roles(Users.role(name))
                        .build()));
    return new InMemoryUserDetailsManager(details);
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/actuator/health/**",
                        "/actuator/health",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/",
                        "/index.html",
                        "/app/**",
                        "/webjars/**",
                        "/api/v1/i18n",
                        "/api/v1/i18n/*",
                        "/favicon.ico",
                        "/error")
                    .permitAll()
                    // Land release records are for the authority and operators; donors see the
                    // aggregate reports only (docs/security.md).
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/tasks/*/completion-report",
                        "/api/v1/tasks/*/qc-inspections",
                        "/api/v1/tasks/*/qc-sampling-plan",
                        "/api/v1/hazardous-areas/*/handover-check",
                        "/api/v1/handovers/**",
                        "/api/v1/funding/**",
                        "/api/v1/exports/**")
                    .hasAnyRole("ADMIN", "ANALYST", "OPERATOR")
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .authenticated()
                    // Scoring a matrix the caller sends changes nothing in the register.
                    .requestMatchers(HttpMethod.POST, "/api/v1/mcda")
                    .authenticated()
                    // An operator's field manager reports progress and completion of the own
                    // teams' tasks (docs/security.md); ReleaseController checks the team's
                    // operator.
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/tasks/*/transitions",
                        "/api/v1/tasks/*/completion-report")
                    .hasAnyRole("ADMIN", "ANALYST", "OPERATOR")
                    .requestMatchers("/api/**")
                    .hasAnyRole("ADMIN", "ANALYST")
                    .anyRequest()
                    .authenticated())
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(
            s ->
                s.sessionCreationPolicy(
                    org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
    return http.build();
  }
}
