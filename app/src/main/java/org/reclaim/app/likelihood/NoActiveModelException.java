package org.reclaim.app.likelihood;

import org.reclaim.store.NotFoundException;

/** No likelihood model is active, so there is no probability to give. */
public final class NoActiveModelException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  public NoActiveModelException() {
    super(
        "no likelihood model is active: train one (POST /api/v1/likelihood/models, or reclaim"
            + " likelihood train-register) and make it active (PUT /api/v1/likelihood/active)");
  }
}
