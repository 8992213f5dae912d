package org.qinglian.model.accountability;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.qinglian.model.constraint.HasText;
import org.qinglian.model.constraint.RecordId;
import org.qinglian.model.constraint.TextCharacters;
import org.qinglian.model.constraint.ValidIdentifier;
import org.qinglian.model.identifier.ResidentId;
import org.qinglian.model.internal.ValueStyle;

/**
 * 问责对象（个人） — a person held to account, known in the exchange by a pseudonymous
 * person id; name and resident id are optional personal data (《个人信息保护法》) and are
 * masked in {@link #toString()}.
 */
@Value.Immutable
@ValueStyle
public abstract non-sealed class PersonSubject implements Subject {

  /** For the implementation Immutables generates, {@code ImmutablePersonSubject}. */
  protected PersonSubject() {}

  /** {@return a pseudonymous, stable id of the person within the producer's records} */
  @RecordId
  public abstract String getPersonId();

  /** {@return the person's name; personal data, masked in {@code toString}} */
  @Value.Redacted
  public abstract Optional<@HasText @TextCharacters @Size(max = 100) String> getName();

  /** {@return the resident id; personal data, masked wherever it is printed} */
  public abstract Optional<@ValidIdentifier ResidentId> getResidentId();

  /** {@return the person's position, for example 村党支部书记} */
  public abstract Optional<@HasText @TextCharacters @Size(max = 200) String> getPosition();

  /** {@return the employing unit} */
  public abstract Optional<@RecordId String> getUnitId();

  @Override
  public final SubjectType getType() {
    return SubjectType.PERSON;
  }

  /** {@return a new builder} */
  public static ImmutablePersonSubject.Builder builder() {
    return ImmutablePersonSubject.builder();
  }
}
