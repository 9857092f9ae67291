// Checks data/ (or $DATA_DIR) and prints every problem; exits 1 when there is any.
import { DataError, dataDir, loadDataset } from '../src/data/load.ts';

try {
  loadDataset();
  console.log(`data: ${dataDir()} is valid`);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(e.message);
  process.exit(1);
}
