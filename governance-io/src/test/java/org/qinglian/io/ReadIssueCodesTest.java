package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.qinglian.validation.Codes;

/** The readers' codes are the validator's: a session reports them as they come. */
class ReadIssueCodesTest {

  @Test
  void readerCodesAreRuleCodes() {
    assertEquals(Codes.PARSE_ERROR, ReadIssue.PARSE_ERROR);
    assertEquals(Codes.UNKNOWN_FIELD, ReadIssue.UNKNOWN_FIELD);
    assertEquals(Codes.FIELD_REQUIRED, ReadIssue.FIELD_REQUIRED);
  }
}
