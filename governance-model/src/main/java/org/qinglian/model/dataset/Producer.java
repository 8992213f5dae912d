package org.qinglian.model.dataset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.qinglian.model.constraint.TextCharacters;
import org.qinglian.model.constraint.ValidIdentifier;
import org.qinglian.model.identifier.CreditCode;
import org.qinglian.model.internal.ValueStyle;

/** 报送单位 — the body that produced a dataset. Wire: {@code producer{name, creditCode}}. */
@Value.Immutable
@ValueStyle
public abstract class Producer {

  /** For the implementation Immutables generates, {@code ImmutableProducer}. */
  protected Producer() {}

  /** {@return the producer's name, for example 中共武汉市纪律检查委员会} */
  @NotBlank
  @Size(max = 200)
  @TextCharacters
  public abstract String getName();

  /** {@return the producer's unified social credit code} */
  @ValidIdentifier
  public abstract CreditCode getCreditCode();

  /**
   * {@return a producer}
   *
   * @param name the producing organisation's name
   * @param creditCode its unified social credit code
   */
  public static Producer of(String name, CreditCode creditCode) {
    return ImmutableProducer.builder().name(name).creditCode(creditCode).build();
  }
}
