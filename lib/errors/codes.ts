// The one list of error codes the server answers with ({ error: { code, message, params? } }) and
// the collab server closes with; the message catalogues translate each under `errors.codes.<code>`.
export const ERROR_CODES = [
  // who is asking
  'sign_in_required',
  'forbidden',
  'blocked',
  'account_deleted',
  'session_ended',
  'wrong_password',
  'rate_limited',
  'too_many_sign_ups',
  'change_too_large',
  'foreign_origin',
  // what they asked for
  'not_found',
  'process_not_found',
  'layer_not_found',
  'layer_no_areas',
  'scenario_not_found',
  'invalid_input',
  'invalid_json',
  'invalid_format',
  'invalid_geometry',
  'invalid_transition',
  'process_invalid_transition',
  'proposal_answered',
  // the state of the target
  'process_closed',
  'process_already_closed',
  'closes_in_past',
  'slug_taken',
  'map_locked',
  'hidden',
  'not_yours',
  'email_taken',
  'already_flagged',
  'already_blocked',
  'not_blocked',
  'last_admin',
  'invitation_invalid',
  'oppose_not_allowed',
  'too_many_images',
  'too_many_basemaps',
  'image_too_large',
  'unsupported_image',
  'upload_too_large',
  'body_too_large',
  // a layer file that cannot become a layer
  'layer_file_empty',
  'layer_file_too_large',
  'layer_format_unsupported',
  'layer_json_invalid',
  'layer_xml_invalid',
  'layer_zip_invalid',
  'layer_zip_too_large',
  'layer_shapefile_incomplete',
  'layer_shapefile_invalid',
  'layer_projection_unknown',
  'layer_no_features',
  'layer_geometry_invalid',
  'layer_outside_territory',
  'layer_too_large',
  'layer_import_failed',
  'layer_imports_busy',
  // ours
  'internal',
  'database_unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
