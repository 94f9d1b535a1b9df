import type { ErrorCode } from '@/lib/errors/codes';
import { AppError, type ErrorParams } from '@/server/http/app-error';

export type LayerFileCode = Extract<ErrorCode, `layer_${string}`>;

/** A file that cannot become a layer; the code names the problem, the message adds details for whoever reads the logs. */
export class LayerFileError extends AppError {
  constructor(code: LayerFileCode, message: string, status: 413 | 415 | 422 = 422, params?: ErrorParams) {
    super(status, code, message, params);
  }
}
