package org.disputeregistry.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class HeaderFirewallTest {

  /** {@link StrictHttpFirewall}'s own patterns (Spring Security 6.5), which the checks replace. */
  private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

  private static final Pattern VALUE =
      Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

  private final StrictHttpFirewall firewall = HeaderFirewall.strict();

  @Test
  void aHeaderValueWithAControlCharacterIsRefused() {
    // U+0085 arrives from a byte 0x85, which Tomcat lets through and decodes as ISO-8859-1.
    HttpServletRequest request = request("X-Probe", "Bearer abc\u0085def");

    assertThatThrownBy(() -> request.getHeader("X-Probe"))
        .isInstanceOf(RequestRejectedException.class);
  }

  @Test
  void aHeaderNameWithAControlCharacterIsRefused() {
    HttpServletRequest request = request("X-Pro\u0007be", "ok");

    assertThatThrownBy(() -> request.getHeader("X-Pro\u0007be"))
        .isInstanceOf(RequestRejectedException.class);
  }

  @Test
  void aLongTokenAndATabPass() {
    String token = "Bearer " + "eyJhbGciOiJSUzI1NiJ9.".repeat(40) + "\tsigned-ü-光明";

    assertThat(request("Authorization", token).getHeader("Authorization")).isEqualTo(token);
  }

  /** Every code point, alone and after printable ASCII, is judged as the patterns judge it. */
  @Test
  void theChecksAreThePatternsRule() {
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      String alone = Character.toString(codePoint);
      String inText = "Bearer x" + alone + "y";
      assertThat(HeaderFirewall.isAllowedName(alone))
          .as("name U+%04X", codePoint)
          .isEqualTo(NAME.matcher(alone).matches());
      assertThat(HeaderFirewall.isAllowedValue(inText))
          .as("value U+%04X", codePoint)
          .isEqualTo(VALUE.matcher(inText).matches());
    }
    String highSurrogateAlone = "ab\ud83d";
    assertThat(HeaderFirewall.isAllowedValue(highSurrogateAlone))
        .isEqualTo(VALUE.matcher(highSurrogateAlone).matches());
  }

  private HttpServletRequest request(String name, String value) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/reconsiderations");
    request.addHeader(name, value);
    return firewall.getFirewalledRequest(request);
  }
}
