package org.reclaim.app.security;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.people.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts of the people who sign in, kept in the register's store ({@code app_user}) with
 * bcrypt hashes: what the administrator manages (create, change role, disable, reset a password)
 * and what sign-in reads. Every change is audited by the store, without the hash.
 *
 * <p>Thread safe.
 */
@Component
public class Accounts implements UserDetailsService {
  /** Shortest password an administrator may set. */
  public static final int MIN_PASSWORD_LENGTH = 10;

  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final LoginAttempts attempts;

  /**
   * One account as shown to the administrator (no hash).
   *
   * @param username the name
   * @param role the role
   * @param operatorId the operator of an operator's account, or {@code null}
   * @param enabled whether it may sign in
   * @param version optimistic version, for {@code If-Match}
   * @param createdAt when it was created
   */
  public record Account(
      String username,
      Role role,
      Long operatorId,
      boolean enabled,
      long version,
      String createdAt) {}

  public Accounts(ReclaimStore store, PasswordEncoder encoder, LoginAttempts attempts) {
    this.users = store.people().users();
    this.encoder = encoder;
    this.attempts = attempts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserRepository.StoredUser u =
        users
            .find(username)
            .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    return new ReclaimUser(
        u.username(),
        u.passwordHash(),
        u.enabled(),
        attempts.lockedUntil(u.username()).isPresent(),
        Role.of(u.role()),
        u.operatorId());
  }

  /** Every account, by name. */
  public List<Account> list() {
    return users.list().stream().map(Accounts::account).toList();
  }

  /**
   * Creates an account.
   *
   * @throws IllegalArgumentException for a taken or malformed name, a short password, or an
   *     operator account without its organisation
   */
  public Account create(
      String username, Role role, Long operatorId, String password, String actor) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
      throw new IllegalArgumentException(
          "username: 2 to 64 letters, digits or . _ @ -, was '" + username + "'");
    }
    checkOrganisation(role, operatorId);
    checkPassword(password);
    return account(
        users.create(username, encoder.encode(password), role.name(), operatorId, actor));
  }

  /** Changes an account's role, organisation and enabled flag, at {@code version}. */
  public Account update(
      String username, Role role, Long operatorId, boolean enabled, long version, String actor) {
    checkOrganisation(role, operatorId);
    return account(users.update(username, role.name(), operatorId, enabled, version, actor));
  }

  /** Sets a new password (an administrator's reset). */
  public void resetPassword(String username, String password, String actor) {
    checkPassword(password);
    users.setPassword(username, encoder.encode(password), actor);
  }

  /**
   * Makes sure the given accounts exist with the given passwords (the demo's and the tests'
   * accounts, and those {@code reclaim serve} is told of): missing ones are created with the role
   * their name says ({@link Users#role}); existing ones get the password given.
   */
  public void seed(Map<String, String> passwords) {
    passwords.forEach(
        (name, password) -> {
          Role role = Role.of(Users.role(name));
          OptionalLong org = Users.organisation(name);
          Long operatorId = org.isPresent() ? org.getAsLong() : null;
          if (users.find(name).isPresent()) {
            users.setPassword(name, encoder.encode(password), "reclaim");
          } else {
            users.create(name, encoder.encode(password), role.name(), operatorId, "reclaim");
          }
        });
  }

  /** Whether an account of that name exists. */
  public boolean exists(String username) {
    return users.find(username).isPresent();
  }

  private static void checkOrganisation(Role role, Long operatorId) {
    if (role == Role.OPERATOR && operatorId == null) {
      throw new IllegalArgumentException("operatorId: an operator's account needs its operator");
    }
    if (role != Role.OPERATOR && operatorId != null) {
      throw new IllegalArgumentException("operatorId: only operator accounts have one");
    }
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "password: at least " + MIN_PASSWORD_LENGTH + " characters");
    }
  }

  private static Account account(UserRepository.StoredUser u) {
    return new Account(
        u.username(), Role.of(u.role()), u.operatorId(), u.enabled(), u.version(), u.createdAt());
  }
}
