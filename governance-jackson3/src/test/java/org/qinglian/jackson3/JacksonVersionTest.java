package org.qinglian.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The Jackson in use is the one the test run asks for: the default run uses the SDK's, a
 * second run the one Spring Boot manages ({@code qinglian.expectedJackson}), so the module's
 * tests are known to have run on both.
 */
class JacksonVersionTest {

  @Test
  void theJacksonOnTheClasspathIsTheOneAskedFor() {
    String inUse = tools.jackson.databind.cfg.PackageVersion.VERSION.toString();
    System.out.println("Jackson in use: " + inUse);
    assertEquals(System.getProperty("qinglian.expectedJackson", inUse), inUse);
  }
}
