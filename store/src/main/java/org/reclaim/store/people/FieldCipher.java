package org.reclaim.store.people;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals text values for storage with AES-256-GCM: a fresh 96-bit nonce per value, a 128-bit tag,
 * and associated data naming the record the value belongs to, so that a sealed value copied onto
 * another record does not open. The sealed form is base64 of {@code nonce ‖ ciphertext ‖ tag}.
 *
 * <p>Thread safe.
 */
public final class FieldCipher {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  public FieldCipher(SecretKey key) {
    this.key = key;
  }

  /** {@code plain} sealed for the record named {@code recordName}. */
  public String seal(String plain, String recordName) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(recordName.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[nonce.length + sealed.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is required of every JDK", e);
    }
  }

  /**
   * The plain text of a value sealed for {@code recordName}.
   *
   * @throws IllegalStateException when the value was not sealed with this key for this record
   *     (another key, another record, or changed)
   */
  public String open(String sealed, String recordName) {
    try {
      byte[] in = Base64.getDecoder().decode(sealed);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      c.updateAAD(recordName.getBytes(StandardCharsets.UTF_8));
      return new String(
          c.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "the personal data of "
              + recordName
              + " does not open with this register's data key (another key, or changed)",
          e);
    }
  }
}
