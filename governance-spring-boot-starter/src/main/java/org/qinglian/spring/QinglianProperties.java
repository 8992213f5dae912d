package org.qinglian.spring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qinglian.validation.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** 配置属性 — {@code qinglian.*}: how the shared validator judges and reads. */
@ConfigurationProperties("qinglian")
public class QinglianProperties {

  /** Language of messages and reports: zh-CN (default), zh-TW or en. */
  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  /** Severities that differ from a rule's default, by rule code, for example REF_MISSING=warning. */
  private Map<String, Severity> severity = new LinkedHashMap<>();

  /** Rule codes whose issues are dropped. */
  private List<String> suppress = new ArrayList<>();

  /** The day overdue tasks and rectifications count from (default: each exchange's asOf). */
  private LocalDate asOf;

  /** Show resident ids and person names in full in issues (masked by default). */
  private boolean showPersonalData;

  /** At most this many issues are stored in a report; counts stay exact. */
  private int maxIssues = 10_000;

  /** Read limits for uploads and files. */
  private final Limits limits = new Limits();

  /** Bean Validation through Spring's validator. */
  private final Validation validation = new Validation();

  public Locale getLocale() {
    return locale;
  }

  public void setLocale(Locale locale) {
    this.locale = locale;
  }

  public Map<String, Severity> getSeverity() {
    return severity;
  }

  public void setSeverity(Map<String, Severity> severity) {
    this.severity = severity;
  }

  public List<String> getSuppress() {
    return suppress;
  }

  public void setSuppress(List<String> suppress) {
    this.suppress = suppress;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public boolean isShowPersonalData() {
    return showPersonalData;
  }

  public void setShowPersonalData(boolean showPersonalData) {
    this.showPersonalData = showPersonalData;
  }

  public int getMaxIssues() {
    return maxIssues;
  }

  public void setMaxIssues(int maxIssues) {
    this.maxIssues = maxIssues;
  }

  public Limits getLimits() {
    return limits;
  }

  public Validation getValidation() {
    return validation;
  }

  /** 读取限制 — {@code qinglian.limits.*}; defaults as {@code ReadLimits.defaults()}. */
  public static class Limits {
    /** Most records in one file. */
    private long maxRecordsPerFile = 100_000_000L;
    /** Longest text value, in characters. */
    private int maxStringLength = 1_000_000;
    /** Most bytes a ZIP package expands to. */
    private long maxZipBytes = 16L << 30;
    /** Most entries in a ZIP package. */
    private int maxZipEntries = 64;
    /** Largest ratio of an entry's expanded to compressed size. */
    private int maxZipRatio = 200;

    public long getMaxRecordsPerFile() {
      return maxRecordsPerFile;
    }

    public void setMaxRecordsPerFile(long maxRecordsPerFile) {
      this.maxRecordsPerFile = maxRecordsPerFile;
    }

    public int getMaxStringLength() {
      return maxStringLength;
    }

    public void setMaxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    public long getMaxZipBytes() {
      return maxZipBytes;
    }

    public void setMaxZipBytes(long maxZipBytes) {
      this.maxZipBytes = maxZipBytes;
    }

    public int getMaxZipEntries() {
      return maxZipEntries;
    }

    public void setMaxZipEntries(int maxZipEntries) {
      this.maxZipEntries = maxZipEntries;
    }

    public int getMaxZipRatio() {
      return maxZipRatio;
    }

    public void setMaxZipRatio(int maxZipRatio) {
      this.maxZipRatio = maxZipRatio;
    }
  }

  /** 校验器 — {@code qinglian.validation.*}. */
  public static class Validation {
    /**
     * Fill Bean Validation messages without expression language (ParameterMessageInterpolator)
     * in the request's language, for Spring's validator and so {@code @Valid}.
     */
    private boolean parameterMessages = true;

    public boolean isParameterMessages() {
      return parameterMessages;
    }

    public void setParameterMessages(boolean parameterMessages) {
      this.parameterMessages = parameterMessages;
    }
  }
}
