package org.reclaim.domain.people;

/** How explosive ordnance risk education is delivered (IMAS 12.10 §7). */
public enum EoreMethod {
  FACE_TO_FACE,
  DIGITAL,
  MASS_MEDIA
}
