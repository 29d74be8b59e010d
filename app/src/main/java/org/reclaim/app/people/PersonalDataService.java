package org.reclaim.app.people;

import java.util.List;
import java.util.Map;
import org.reclaim.app.security.Caller;
import org.reclaim.domain.people.Casualty;
import org.reclaim.domain.people.PersonalData;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.ReclaimStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Casualties' personal data for the roles that need it (IMAS 13.10: victim assistance works with
 * named survivors): read with a purpose (audited by the store, one entry per record), replaced,
 * erased on the person's request (audited; the counted record stays). The security configuration
 * lets only victim assistance and the administrator reach these; this service checks again, so that
 * no other caller — a command, a future endpoint — reads personal data by mistake.
 *
 * <p>Thread safe.
 */
@Service
public class PersonalDataService {
  private final ReclaimStore store;

  /**
   * A casualty with the personal data held for it.
   *
   * @param casualty the counted record
   * @param personal the personal data, or {@code null} when none is held (never given, or erased)
   */
  public record Named(Casualty casualty, PersonalData personal) {}

  public PersonalDataService(ReclaimStore store) {
    this.store = store;
  }

  /** Casualty {@code id} with its personal data; the read is audited with {@code purpose}. */
  public Named read(long id, Caller caller, String purpose) {
    require(caller);
    Casualty c = store.people().casualties().getById(id).value();
    PersonalData d =
        store.inTransaction(
            () -> store.people().personalData().find(id, caller.name(), purpose).orElse(null));
    return new Named(c, d);
  }

  /** Every casualty with its personal data (an export); each record read is audited. */
  public List<Named> readAll(Caller caller, String purpose) {
    require(caller);
    List<Casualty> all = store.people().casualties().listAll();
    Map<Long, PersonalData> data =
        store.inTransaction(
            () ->
                store
                    .people()
                    .personalData()
                    .findAll(all.stream().map(Casualty::id).toList(), caller.name(), purpose));
    return all.stream().map(c -> new Named(c, data.get(c.id()))).toList();
  }

  /** Stores (or replaces) the personal data of casualty {@code id}. */
  public void write(long id, PersonalData data, Caller caller) {
    require(caller);
    if (store.people().casualties().findById(id).isEmpty()) {
      throw new NotFoundException("Casualty", id);
    }
    store.inTransaction(() -> store.people().personalData().put(id, data, caller.name()));
  }

  /**
   * Erases the personal data of casualty {@code id}, for {@code reason}.
   *
   * @return whether there was any to erase
   */
  public boolean erase(long id, Caller caller, String reason) {
    require(caller);
    if (store.people().casualties().findById(id).isEmpty()) {
      throw new NotFoundException("Casualty", id);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason: say why the personal data is erased");
    }
    return store.inTransaction(
        () -> store.people().personalData().erase(id, caller.name(), reason.strip()));
  }

  private static void require(Caller caller) {
    if (caller.role() == null || !caller.role().readsPersonalData()) {
      throw new AccessDeniedException(
          caller.name() + " may not read or change casualties' personal data");
    }
  }
}
