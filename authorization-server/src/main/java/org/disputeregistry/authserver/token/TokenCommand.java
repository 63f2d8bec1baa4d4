package org.disputeregistry.authserver.token;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disputeregistry.authserver.clients.RegistryClients;
import org.disputeregistry.authserver.data.ClientSecrets;
import org.disputeregistry.authserver.data.IssuerFile;
import org.disputeregistry.authserver.directory.DemoDirectory;

/**
 * {@code token NAME [--auth-dir=PATH] [--issuer=URL]} (the server's data directory, default {@code
 * .data/auth}): prints an access token of the running embedded server for a demo account or a
 * self-acting client, and nothing else on stdout, so that {@code $(./run.sh token officer.li)}
 * works. Errors go to stderr with a non-zero exit status.
 */
public final class TokenCommand {

  public static final String NAME = "token";

  static final String USAGE =
      """
      Usage: ./run.sh token NAME [--data-dir=PATH] [--issuer=URL]
        NAME        a demo account (officer.li, mediator.chen, ...): authorization code + PKCE
                    of the registry-cli client, signed in with the demo password; or
                    report-generator / demo-loader: client credentials with the secret kept in
                    the server's data directory
        --data-dir  the registry's data directory (default .data; run.sh passes the
                    server's own, <data>/auth, as --auth-dir)
        --issuer    its URL (default: the one it noted in its data directory, else
                    http://localhost:9000)
      """;

  private TokenCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Optional<String> name = Optional.empty();
    Path dataDirectory = Path.of(".data", "auth");
    Optional<String> issuer = Optional.empty();
    List<String> unknown = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--auth-dir=")) {
        dataDirectory = Path.of(arg.substring("--auth-dir=".length()));
      } else if (arg.startsWith("--issuer=")) {
        issuer = Optional.of(arg.substring("--issuer=".length()));
      } else if (!arg.startsWith("-") && name.isEmpty()) {
        name = Optional.of(arg);
      } else {
        unknown.add(arg);
      }
    }
    if (name.isEmpty() || !unknown.isEmpty()) {
      err.print(USAGE);
      return 2;
    }
    Path directory = dataDirectory;
    String url = issuer.or(() -> IssuerFile.read(directory)).orElse("http://localhost:9000");
    try {
      out.println(token(name.get(), directory, new TokenClient(url)));
      return 0;
    } catch (TokenClient.UnreachableException e) {
      err.println("error: " + e.getMessage() + ". Is ./run.sh running?");
      return 3;
    } catch (TokenClient.RefusedException | IllegalArgumentException e) {
      err.println("error: no token for " + name.get() + ": " + e.getMessage());
      return 1;
    }
  }

  private static String token(String name, Path dataDirectory, TokenClient client) {
    if (RegistryClients.SELF_ACTING.contains(name)) {
      String secret =
          ClientSecrets.load(dataDirectory)
              .secret(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no secret of "
                              + name
                              + " in "
                              + dataDirectory
                              + " (has the server ever started on it?)"));
      return client.clientToken(name, secret);
    }
    DemoDirectory directory = DemoDirectory.load();
    if (directory.accounts().stream().noneMatch(a -> a.username().equals(name))) {
      throw new IllegalArgumentException(
          "unknown account; the demo accounts are "
              + directory.accounts().stream().map(DemoDirectory.Account::username).toList()
              + ", the clients "
              + RegistryClients.SELF_ACTING);
    }
    return client.userToken(name, directory.password());
  }
}
