import { AppError } from '@/server/http/app-error';

/** A file that cannot become a layer; the message names the problem in words a person understands. */
export class LayerFileError extends AppError {
  constructor(code: string, message: string, status: 413 | 415 | 422 = 422) {
    super(status, code, message);
  }
}
