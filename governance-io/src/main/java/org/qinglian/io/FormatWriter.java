package org.qinglian.io;

import java.io.IOException;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;

/** One encoding's writer behind {@link ExchangeWriter}. */
interface FormatWriter {

  void header(DatasetHeader header) throws IOException;

  void declaredTotals(DeclaredTotals totals) throws IOException;

  void record(GovernanceRecord record) throws IOException;

  void datasetExtension(String name, String json) throws IOException;

  void close() throws IOException;
}
