package org.disputeregistry.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A directory for {@code REGISTRY_STATUTORY_CALENDAR_DIR} holding a made-up calendar of next year
 * (weekends and a fixed break per festival, no make-up days), for the services the tests start:
 * tests record steps on today's dates, and from about November a due date falls in next year, whose
 * State Council notice the registry may not hold yet (it refuses such a step rather than guess).
 * Never used outside tests; the file says so.
 */
public final class NextYearCalendar {

  private static Path directory;

  private NextYearCalendar() {}

  public static synchronized Path directory() {
    if (directory == null) {
      int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
      try {
        directory = Files.createTempDirectory("test-calendar");
        Files.writeString(directory.resolve(year + ".json"), madeUp(year));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return directory;
  }

  private static String madeUp(int year) {
    return """
        {"year": %1$d, "notice": "国务院办公厅关于%1$d年部分节假日安排的通知 (made up for tests)",
         "published": "%2$d-11-01", "note": "Not a real notice: the tests' next year.",
         "breaks": [
          {"festival": "元旦", "restFrom": "%1$d-01-01", "restTo": "%1$d-01-01", "workingDays": []},
          {"festival": "春节", "restFrom": "%1$d-02-10", "restTo": "%1$d-02-16", "workingDays": []},
          {"festival": "清明节", "restFrom": "%1$d-04-05", "restTo": "%1$d-04-05", "workingDays": []},
          {"festival": "劳动节", "restFrom": "%1$d-05-01", "restTo": "%1$d-05-05", "workingDays": []},
          {"festival": "端午节", "restFrom": "%1$d-06-10", "restTo": "%1$d-06-10", "workingDays": []},
          {"festival": "中秋节", "restFrom": "%1$d-09-20", "restTo": "%1$d-09-20", "workingDays": []},
          {"festival": "国庆节", "restFrom": "%1$d-10-01", "restTo": "%1$d-10-07", "workingDays": []}
         ]}
        """
        .formatted(year, year - 1);
  }
}
