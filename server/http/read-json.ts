import { AppError } from './app-error';

/** The request's JSON body; a body that is not JSON is the sender's mistake, not ours. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError(400, 'invalid_json', 'The request body must be JSON.');
  }
}
