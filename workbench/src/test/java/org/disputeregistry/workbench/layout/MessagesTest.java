package org.disputeregistry.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text of the pages is there in both languages: a key of one file is a key of the other. */
class MessagesTest {

  @Test
  void chineseAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
    Properties zh = load("messages.properties");
    Properties en = load("messages_en.properties");

    assertThat(new TreeSet<>(en.stringPropertyNames()))
        .as("keys of messages_en.properties")
        .isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
    for (Properties messages : Set.of(zh, en)) {
      assertThat(messages.stringPropertyNames())
          .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }
  }

  private static Properties load(String name) throws IOException {
    Properties messages = new Properties();
    try (Reader in =
        new InputStreamReader(
            MessagesTest.class.getClassLoader().getResourceAsStream(name),
            StandardCharsets.UTF_8)) {
      messages.load(in);
    }
    return messages;
  }
}
