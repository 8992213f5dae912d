/**
 * 清廉数据模型 — the records of the exchange as immutable values, identifiers, code lists and
 * texts. Open: Bean Validation, Jackson and Spring read the values by reflection, and the
 * message bundles of every module are read through this one.
 */
@SuppressWarnings("module") // the modules of the qualified export below are built after this one
open module org.qinglian.model {
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;

  exports org.qinglian.model;
  exports org.qinglian.model.accountability;
  exports org.qinglian.model.assessment;
  exports org.qinglian.model.codelist;
  exports org.qinglian.model.constraint;
  exports org.qinglian.model.dataset;
  exports org.qinglian.model.finding;
  exports org.qinglian.model.identifier;
  exports org.qinglian.model.indicator;
  exports org.qinglian.model.inspection;
  exports org.qinglian.model.location;
  exports org.qinglian.model.task;
  exports org.qinglian.model.text;
  exports org.qinglian.model.time;
  exports org.qinglian.model.unit;
  // The one test of what text may hold, shared with the readers and the validator's gate; not API.
  exports org.qinglian.model.internal to org.qinglian.io, org.qinglian.validation;
}
