package org.disputeregistry.authserver;

import java.util.Arrays;
import org.disputeregistry.authserver.token.TokenCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Runs the authorization server; {@code token ACCOUNT} instead prints a token from the running one
 * ({@link TokenCommand}), without starting Spring.
 */
@SpringBootApplication
@EnableConfigurationProperties(AuthProperties.class)
public class AuthorizationServerApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals(TokenCommand.NAME)) {
      System.exit(
          TokenCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
    }
    SpringApplication.run(AuthorizationServerApplication.class, args);
  }
}
