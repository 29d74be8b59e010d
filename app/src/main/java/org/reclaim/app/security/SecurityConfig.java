package org.reclaim.app.security;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what: the access matrix of docs/security.md, role × endpoint × action, which {@code
 * AccessMatrixIT} checks cell by cell. Public (no account): health, the OpenAPI document, the web
 * app's static files, UI strings and {@code /api/v1/public/**}. Accounts live in the store ({@link
 * Accounts}), passwords hashed with bcrypt; a verified password is remembered briefly ({@link
 * VerifiedPasswordCache}). The API uses HTTP Basic and no session, so CSRF protection (which guards
 * cookie sessions) is off for {@code /api/**}.
 *
 * <p>The people layers are narrower than the rest of the register: casualties (counted, without
 * personal data) are for the authority and victim assistance; their personal data and referrals for
 * victim assistance and the administrator only; personnel and EORE sessions for the authority and
 * operators (an operator sees the own organisation's, enforced by the controllers). Donors read
 * aggregates only — no evidence records (accidents carry casualty counts), no people records — with
 * small counts suppressed by the reports.
 */
@Configuration
public class SecurityConfig {
  private static final String ADMIN = Role.ADMIN.name();
  private static final String ANALYST = Role.ANALYST.name();
  private static final String OPERATOR = Role.OPERATOR.name();
  private static final String VA = Role.VICTIM_ASSISTANCE.name();

  /**
   * The web app's Content-Security-Policy: scripts, styles, fonts and API calls from this server
   * only, no inline script or style (pages keep theirs in files), images also as data/blob URLs and
   * from HTTPS tile servers (an optional basemap), no plugins, no framing. Printable HTML documents
   * of the API send a stricter one of their own ({@code api.HtmlDocuments}).
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: https:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt for every stored password; a verified password is remembered for 5 minutes so that
    // HTTP Basic clients do not pay bcrypt on every request (see VerifiedPasswordCache)
    return new VerifiedPasswordCache(
        PasswordEncoderFactories.createDelegatingPasswordEncoder(),
        java.time.Duration.ofMinutes(5),
        java.time.Clock.systemUTC());
  }

  /** The accounts the server was started with exist, with those passwords, before it serves. */
  @Bean
  ApplicationRunner seedAccounts(Accounts accounts, Users users) {
    return args -> accounts.seed(users.passwords());
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http, LoginAttempts attempts) throws Exception {
    http.authorizeHttpRequests(SecurityConfig::rules)
        .httpBasic(b -> b.authenticationEntryPoint(new SignInEntryPoint(attempts)))
        .headers(
            h ->
                h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(f -> f.deny())
                    .referrerPolicy(
                        r ->
                            r.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy
                                    .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
    return http.build();
  }

  private static void rules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          auth) {
    auth.requestMatchers(
            "/actuator/health/**",
            "/actuator/health",
            "/v3/api-docs/**",
            "/swagger-ui/**",
            "/swagger-ui.html",
            "/",
            "/index.html",
            "/public.html",
            "/app/**",
            "/webjars/**",
            "/api/v1/i18n",
            "/api/v1/i18n/*",
            "/favicon.ico",
            "/error")
        .permitAll()
        .requestMatchers(HttpMethod.GET, "/api/v1/public/**")
        .permitAll()
        // accounts, the audit log and backups: the administrator only
        .requestMatchers(
            "/api/v1/users",
            "/api/v1/users/**",
            "/api/v1/audit",
            "/api/v1/audit/**",
            "/api/v1/backups")
        .hasRole(ADMIN);
    peopleRules(auth);
    auth
        // Land release records are for the authority and operators; donors see the aggregate
        // reports only. Evidence records too: accident reports carry casualty counts.
        .requestMatchers(
            HttpMethod.GET,
            "/api/v1/tasks/*/completion-report",
            "/api/v1/tasks/*/qc-inspections",
            "/api/v1/tasks/*/qc-sampling-plan",
            "/api/v1/hazardous-areas/*/handover-check",
            "/api/v1/handovers/**",
            "/api/v1/funding/**",
            "/api/v1/exports/**",
            "/api/v1/evidence",
            "/api/v1/evidence/**")
        .hasAnyRole(ADMIN, ANALYST, OPERATOR, VA)
        .requestMatchers(HttpMethod.GET, "/api/**")
        .authenticated()
        // Scoring a matrix the caller sends changes nothing in the register.
        .requestMatchers(HttpMethod.POST, "/api/v1/mcda")
        .authenticated()
        // An operator's field manager reports progress and completion of the own teams' tasks;
        // ReleaseController checks the team's operator.
        .requestMatchers(
            HttpMethod.POST, "/api/v1/tasks/*/transitions", "/api/v1/tasks/*/completion-report")
        .hasAnyRole(ADMIN, ANALYST, OPERATOR)
        .requestMatchers("/api/**")
        .hasAnyRole(ADMIN, ANALYST)
        .anyRequest()
        .authenticated();
  }

  /** The people layers, their imports and exports, and the people reports. */
  private static void peopleRules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          auth) {
    auth.requestMatchers(
            "/api/v1/casualties/*/personal",
            "/api/v1/referrals",
            "/api/v1/referrals/**",
            "/api/v1/imports/referrals",
            "/api/v1/exports/referrals",
            "/api/v1/reports/people/open-referrals")
        .hasAnyRole(ADMIN, VA)
        .requestMatchers(
            HttpMethod.GET,
            "/api/v1/casualties",
            "/api/v1/casualties/**",
            "/api/v1/accidents",
            "/api/v1/accidents/**",
            "/api/v1/exports/casualties",
            "/api/v1/exports/accidents")
        .hasAnyRole(ADMIN, ANALYST, VA)
        .requestMatchers(
            "/api/v1/casualties",
            "/api/v1/casualties/**",
            "/api/v1/accidents",
            "/api/v1/accidents/**",
            "/api/v1/imports/casualties",
            "/api/v1/imports/accidents")
        .hasAnyRole(ADMIN, VA)
        .requestMatchers(
            HttpMethod.GET,
            "/api/v1/personnel",
            "/api/v1/personnel/**",
            "/api/v1/eore-sessions",
            "/api/v1/eore-sessions/**",
            "/api/v1/courses",
            "/api/v1/courses/**",
            "/api/v1/reports/people/expiring-qualifications")
        .hasAnyRole(ADMIN, ANALYST, OPERATOR)
        .requestMatchers(
            HttpMethod.GET,
            "/api/v1/qualifications",
            "/api/v1/qualifications/**",
            "/api/v1/exports/personnel",
            "/api/v1/exports/qualifications",
            "/api/v1/exports/eore-sessions",
            "/api/v1/exports/courses")
        .hasAnyRole(ADMIN, ANALYST);
  }
}
