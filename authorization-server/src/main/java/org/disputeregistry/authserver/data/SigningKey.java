package org.disputeregistry.authserver.data;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key pair that signs every token, kept as a JWK in the data directory: generated on the
 * first start, reused on every later one, so that tokens issued before a restart still verify
 * against the JWKS after it.
 */
public final class SigningKey {

  static final String FILE = "signing-key.jwk.json";

  private SigningKey() {}

  public static RSAKey loadOrCreate(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE);
    if (Files.isRegularFile(file)) {
      try {
        return RSAKey.parse(PrivateFiles.read(file));
      } catch (ParseException e) {
        throw new IllegalStateException(
            file + " is not an RSA JWK; move it away to have a new key generated", e);
      }
    }
    RSAKey key = generate();
    PrivateFiles.write(file, key.toJSONString());
    return key;
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key", e);
    }
  }
}
