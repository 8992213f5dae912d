package org.qinglian.samples;

import java.io.IOException;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;

/** 生成接收器 — receives a generated dataset in order: header, totals, records type by type. */
public interface GeneratorSink {

  void header(DatasetHeader header) throws IOException;

  void declaredTotals(DeclaredTotals totals) throws IOException;

  void record(GovernanceRecord record) throws IOException;
}
