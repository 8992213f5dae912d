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

  /** The defaults each property names; Spring binds the configuration onto them. */
  public QinglianProperties() {}

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

  /** {@return the language of messages and reports: zh-CN (default), zh-TW or en} */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Sets {@link #getLocale()}.
   *
   * @param locale the new value
   */
  public void setLocale(Locale locale) {
    this.locale = locale;
  }

  /** {@return severities that differ from a rule's default, by rule code, for example REF_MISSING=warning} */
  public Map<String, Severity> getSeverity() {
    return severity;
  }

  /**
   * Sets {@link #getSeverity()}.
   *
   * @param severity the new value
   */
  public void setSeverity(Map<String, Severity> severity) {
    this.severity = severity;
  }

  /** {@return rule codes whose issues are dropped} */
  public List<String> getSuppress() {
    return suppress;
  }

  /**
   * Sets {@link #getSuppress()}.
   *
   * @param suppress the new value
   */
  public void setSuppress(List<String> suppress) {
    this.suppress = suppress;
  }

  /** {@return the day overdue tasks and rectifications count from (default: each exchange's asOf)} */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Sets {@link #getAsOf()}.
   *
   * @param asOf the new value
   */
  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  /** {@return whether resident ids and person names are shown in full in issues (masked by default)} */
  public boolean isShowPersonalData() {
    return showPersonalData;
  }

  /**
   * Sets {@link #isShowPersonalData()}.
   *
   * @param showPersonalData the new value
   */
  public void setShowPersonalData(boolean showPersonalData) {
    this.showPersonalData = showPersonalData;
  }

  /** {@return how many issues a report stores at most; counts stay exact} */
  public int getMaxIssues() {
    return maxIssues;
  }

  /**
   * Sets {@link #getMaxIssues()}.
   *
   * @param maxIssues the new value
   */
  public void setMaxIssues(int maxIssues) {
    this.maxIssues = maxIssues;
  }

  /** {@return the read limits for uploads and files} */
  public Limits getLimits() {
    return limits;
  }

  /** {@return the settings of Bean Validation through Spring's validator} */
  public Validation getValidation() {
    return validation;
  }

  /** 读取限制 — {@code qinglian.limits.*}; defaults as {@code ReadLimits.defaults()}. */
  public static class Limits {
    /** The defaults each property names; Spring binds the configuration onto them. */
    public Limits() {}

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

    /** {@return the most records in one file} */
    public long getMaxRecordsPerFile() {
      return maxRecordsPerFile;
    }

    /**
     * Sets {@link #getMaxRecordsPerFile()}.
     *
     * @param maxRecordsPerFile the new value
     */
    public void setMaxRecordsPerFile(long maxRecordsPerFile) {
      this.maxRecordsPerFile = maxRecordsPerFile;
    }

    /** {@return the longest text value, in characters} */
    public int getMaxStringLength() {
      return maxStringLength;
    }

    /**
     * Sets {@link #getMaxStringLength()}.
     *
     * @param maxStringLength the new value
     */
    public void setMaxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    /** {@return the most bytes a ZIP package expands to} */
    public long getMaxZipBytes() {
      return maxZipBytes;
    }

    /**
     * Sets {@link #getMaxZipBytes()}.
     *
     * @param maxZipBytes the new value
     */
    public void setMaxZipBytes(long maxZipBytes) {
      this.maxZipBytes = maxZipBytes;
    }

    /** {@return the most entries in a ZIP package} */
    public int getMaxZipEntries() {
      return maxZipEntries;
    }

    /**
     * Sets {@link #getMaxZipEntries()}.
     *
     * @param maxZipEntries the new value
     */
    public void setMaxZipEntries(int maxZipEntries) {
      this.maxZipEntries = maxZipEntries;
    }

    /** {@return the largest ratio of an entry's expanded to compressed size} */
    public int getMaxZipRatio() {
      return maxZipRatio;
    }

    /**
     * Sets {@link #getMaxZipRatio()}.
     *
     * @param maxZipRatio the new value
     */
    public void setMaxZipRatio(int maxZipRatio) {
      this.maxZipRatio = maxZipRatio;
    }
  }

  /** 校验器 — {@code qinglian.validation.*}. */
  public static class Validation {
    /** The defaults each property names; Spring binds the configuration onto them. */
    public Validation() {}

    /**
     * Fill Bean Validation messages without expression language (ParameterMessageInterpolator)
     * in the request's language, for Spring's validator and so {@code @Valid}.
     */
    private boolean parameterMessages = true;

    /**
     * {@return whether Bean Validation messages are filled without expression language
     * (ParameterMessageInterpolator), in the request's language, for Spring's validator and so
     * {@code @Valid}}
     */
    public boolean isParameterMessages() {
      return parameterMessages;
    }

    /**
     * Sets {@link #isParameterMessages()}.
     *
     * @param parameterMessages the new value
     */
    public void setParameterMessages(boolean parameterMessages) {
      this.parameterMessages = parameterMessages;
    }
  }
}
