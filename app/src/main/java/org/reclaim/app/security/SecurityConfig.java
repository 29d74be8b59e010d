package org.reclaim.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.WebUtils;

/**
 * Who may do what: the access matrix of docs/security.md, role × endpoint × action, which {@code
 * AccessMatrixIT} checks cell by cell. Public (no account): health, the OpenAPI document, the web
 * app's static files, UI strings and {@code /api/v1/public/**}. Accounts live in the store ({@link
 * Accounts}), passwords hashed with bcrypt; a verified password is remembered briefly ({@link
 * VerifiedPasswordCache}).
 *
 * <p>How people and machines sign in (OWASP ASVS 2 and 3): people through the login form ({@code
 * /login.html}, lockout after repeated refusals by {@link LoginAttempts}) into a server-side
 * session kept in the store (Spring Session JDBC: a restart signs nobody out; 30 minutes idle
 * timeout; HttpOnly, SameSite=Strict, Secure over TLS), every state-changing request of that
 * session guarded by a CSRF token; scripts with a bearer token — a personal API token ({@link
 * ApiTokens}) or a JWT of the deployment's identity provider ({@link IdentityProviderTokens}); HTTP
 * Basic only where {@code reclaim.security.http-basic} enables it. Pages of the web app send a
 * visitor who is not signed in to the login form; the API answers 401 with a problem document
 * ({@link SignInEntryPoint}).
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

  /**
   * The policy of the API console (Swagger UI, a third-party page): the web app's, except that it
   * may set inline styles, which its renderer does while the OpenAPI document loads. Scripts stay
   * limited to this server's files.
   */
  static final String API_CONSOLE_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

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
  SecurityFilterChain web(
      HttpSecurity http,
      LoginAttempts attempts,
      ApiTokens tokens,
      IdentityProviderTokens identityProvider,
      ObjectProvider<JwtDecoder> jwtDecoder,
      @Value("${reclaim.security.http-basic:false}") boolean basic)
      throws Exception {
    SignInEntryPoint problem = new SignInEntryPoint(attempts, basic);
    AuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
    ForbiddenProblem forbidden = new ForbiddenProblem();
    http.authorizeHttpRequests(SecurityConfig::rules)
        .formLogin(
            form ->
                form.loginPage(LOGIN_PAGE)
                    .loginProcessingUrl("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(SecurityConfig::loginRefused)
                    .permitAll())
        .logout(
            out ->
                out.logoutUrl("/logout")
                    .logoutSuccessUrl(LOGIN_PAGE + "?signed-out")
                    .deleteCookies("SESSION"))
        .oauth2ResourceServer(
            rs ->
                rs.authenticationManagerResolver(
                        bearer(tokens, identityProvider, jwtDecoder.getIfAvailable()))
                    .authenticationEntryPoint(problem)
                    .accessDeniedHandler(forbidden))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (rq, rs, ex) -> (api(rq) ? problem : toLogin).commence(rq, rs, ex))
                    .accessDeniedHandler(forbidden))
        // only a page's address is remembered for after sign-in, never an API call's (which
        // would make a session for every unauthenticated request)
        .requestCache(c -> c.requestCache(pageRequestCache()))
        .headers(SecurityConfig::headers)
        // The browser's session cookie is guarded by a CSRF token (double-submit: the XSRF-TOKEN
        // cookie echoed in the X-XSRF-TOKEN header, shell.js); a request that carries its own
        // credentials in the Authorization header is not open to CSRF.
        .csrf(c -> c.spa().ignoringRequestMatchers(rq -> ownCredentials(rq, basic)));
    if (basic) {
      http.httpBasic(b -> b.authenticationEntryPoint(problem));
    }
    return http.build();
  }

  /** The address of the login form. */
  public static final String LOGIN_PAGE = "/login.html";

  private static boolean api(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /**
   * Whether a request is out of CSRF's reach: it carries its own credentials in the Authorization
   * header, or it is an API call without a session cookie (nothing ambient to abuse; it is answered
   * 401 unless it signs in otherwise). The login form is always guarded (login CSRF).
   */
  private static boolean ownCredentials(HttpServletRequest request, boolean basic) {
    String h = request.getHeader("Authorization");
    if (h != null
        && (h.regionMatches(true, 0, "Bearer ", 0, 7)
            || (basic && h.regionMatches(true, 0, "Basic ", 0, 6)))) {
      return true;
    }
    return api(request) && WebUtils.getCookie(request, "SESSION") == null;
  }

  private static RequestCache pageRequestCache() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(
        rq ->
            "GET".equals(rq.getMethod()) && !api(rq) && rq.getRequestURI().endsWith(".html")
                || "/".equals(rq.getRequestURI()));
    return cache;
  }

  /** A refused sign-in on the form: back to it, saying whether the account is now locked. */
  private static void loginRefused(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws java.io.IOException {
    response.sendRedirect(
        request.getContextPath()
            + LOGIN_PAGE
            + (e instanceof LockedException ? "?locked" : "?error"));
  }

  /**
   * Bearer tokens: Reclaim's own personal API tokens ({@link ApiTokens}, {@code rcl_…}), else —
   * when the deployment configured an identity provider ({@code
   * spring.security.oauth2.resourceserver.jwt.*}) — its JWTs ({@link IdentityProviderTokens}).
   */
  private static AuthenticationManagerResolver<HttpServletRequest> bearer(
      ApiTokens tokens, IdentityProviderTokens identityProvider, JwtDecoder decoder) {
    BearerTokenResolver resolver = new DefaultBearerTokenResolver();
    AuthenticationManager personal = new ProviderManager(tokens.provider());
    AuthenticationManager jwt;
    if (decoder == null) {
      jwt =
          a -> {
            throw new InvalidBearerTokenException(
                "no identity provider is configured; use a personal API token (rcl_…)");
          };
    } else {
      JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
      provider.setJwtAuthenticationConverter(identityProvider);
      jwt = new ProviderManager(provider);
    }
    return request -> {
      String token = resolver.resolve(request);
      return token != null && token.startsWith(ApiTokens.PREFIX) ? personal : jwt;
    };
  }

  private static void headers(HeadersConfigurer<HttpSecurity> h) {
    RequestMatcher console = rq -> rq.getRequestURI().startsWith("/swagger-ui/");
    h.addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                console, new ContentSecurityPolicyHeaderWriter(API_CONSOLE_POLICY)))
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(console),
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
        .frameOptions(f -> f.deny())
        .referrerPolicy(
            r ->
                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .httpStrictTransportSecurity(
            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
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
            "/public.html",
            "/login.html",
            "/app/*.js",
            "/app/*.css",
            "/webjars/**",
            "/vendor/**",
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
            "/api/v1/backups",
            "/api/v1/tokens",
            "/api/v1/tokens/**")
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
            "/api/v1/evidence/**",
            "/api/v1/tiles/evidence/**")
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
