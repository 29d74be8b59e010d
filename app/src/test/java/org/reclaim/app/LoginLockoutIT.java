package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reclaim.app.security.LoginAttempts;
import org.reclaim.domain.DomainForTest;
import org.reclaim.store.audit.AuditLog;

/**
 * Back-off against password guessing: five refused sign-ins lock the account — the right password
 * is refused too, with a problem document saying it is locked and until when — every refusal is
 * audited, and other accounts are not affected.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginLockoutIT {
  private ServedRegister register;

  @BeforeAll
  void start() {
    register =
        ServedRegister.start(
            "login-lockout-it",
            s -> s.regions().insert(DomainForTest.country(), "test"),
            Map.of("analyst", "right-password", "admin", "admin-password"));
  }

  @AfterAll
  void stop() {
    register.close();
  }

  @Test
  void fiveRefusedSignInsLockTheAccount() throws Exception {
    ApiClient wrong = new ApiClient(register.base, Map.of("analyst", "guess"), "application/json");
    ApiClient right =
        new ApiClient(register.base, Map.of("analyst", "right-password"), "application/json");
    ApiClient admin =
        new ApiClient(register.base, Map.of("admin", "admin-password"), "application/json");
    assertThat(right.send("GET", "/api/v1/regions", "analyst", null).statusCode()).isEqualTo(200);
    for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
      HttpResponse<String> r = wrong.send("GET", "/api/v1/regions", "analyst", null);
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
    }
    HttpResponse<String> locked = right.send("GET", "/api/v1/regions", "analyst", null);
    assertThat(locked.statusCode()).isEqualTo(401);
    assertThat(locked.body()).contains("locked").contains("analyst").contains("try again after");
    assertThat(admin.send("GET", "/api/v1/regions", "admin", null).statusCode()).isEqualTo(200);
    assertThat(register.store.audit().list("User", null, "analyst", null, null, 20))
        .filteredOn(e -> e.action() == AuditLog.Action.SECURITY)
        .hasSize(LoginAttempts.MAX_FAILURES)
        .allSatisfy(e -> assertThat(e.afterJson()).doesNotContain("guess"))
        .anySatisfy(e -> assertThat(e.afterJson()).contains("locked for"));
  }
}
