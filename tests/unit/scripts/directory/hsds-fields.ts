/**
 * The Open Referral HSDS 3 field names the export is checked against, per object, and the
 * fields each object requires. Written from the published schema of the specification
 * (github.com/openreferral/specification, schema/*.json and schema/simple/schema.csv, the
 * 3.x release): the property names of each object and its "required" list. HSDS 3.1 only
 * added fields to these objects, so a field listed here is valid in 3.0 unless marked 3.1;
 * the export uses none of the 3.1 additions.
 */

export type HsdsObject =
  | 'page'
  | 'service'
  | 'organization'
  | 'phone'
  | 'schedule'
  | 'service_at_location'
  | 'location'
  | 'address'
  | 'language'
  | 'attribute'
  | 'taxonomy_term'
  | 'service_area'
  | 'metadata';

export const HSDS_FIELDS: Record<HsdsObject, readonly string[]> = {
  /** The paginated list the HSDS API returns (GET /services). */
  page: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
  service: [
    'id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status',
    'interpretation_services', 'application_process', 'fees_description', 'accreditations', 'eligibility_description',
    'minimum_age', 'maximum_age', 'assured_date', 'assurer_email', 'alert',
    'phones', 'schedules', 'service_areas', 'service_at_locations', 'languages', 'organization', 'funding',
    'cost_options', 'program', 'required_documents', 'contacts', 'attributes', 'metadata',
    'additional_urls', 'last_modified', 'capacities', // 3.1
  ],
  organization: [
    'id', 'name', 'alternate_name', 'description', 'email', 'website', 'year_incorporated',
    'legal_status', 'logo', 'uri', 'parent_organization_id', 'funding', 'contacts', 'phones', 'locations', 'programs',
    'organization_identifiers', 'attributes', 'metadata',
    'additional_websites', // 3.1
  ],
  phone: [
    'id', 'location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id', 'number', 'extension',
    'type', 'description', 'languages', 'attributes', 'metadata',
  ],
  schedule: [
    'id', 'service_id', 'location_id', 'service_at_location_id', 'valid_from', 'valid_to', 'dtstart', 'timezone', 'until',
    'count', 'wkst', 'freq', 'interval', 'byday', 'byweekno', 'bymonthday', 'byyearday', 'description', 'opens_at',
    'closes_at', 'schedule_link', 'attending_type', 'notes', 'attributes', 'metadata',
  ],
  service_at_location: [
    'id', 'service_id', 'location_id', 'description', 'service_areas', 'contacts', 'phones', 'schedules', 'location',
    'attributes', 'metadata',
  ],
  location: [
    'id', 'location_type', 'url', 'organization_id', 'name', 'alternate_name', 'description', 'transportation', 'latitude',
    'longitude', 'external_identifier', 'external_identifier_type', 'languages', 'addresses', 'contacts', 'accessibility',
    'phones', 'schedules', 'attributes', 'metadata',
  ],
  address: [
    'id', 'location_id', 'attention', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country',
    'address_type', 'attributes', 'metadata',
  ],
  language: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note', 'attributes', 'metadata'],
  attribute: [
    'id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value', 'taxonomy_term', 'metadata',
    'label', // 3.1
  ],
  taxonomy_term: ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'language', 'taxonomy_id', 'term_uri', 'metadata'],
  service_area: ['id', 'service_id', 'service_at_location_id', 'name', 'description', 'extent', 'extent_type', 'uri', 'attributes', 'metadata'],
  metadata: [
    'id', 'resource_id', 'resource_type', 'last_action_date', 'last_action_type', 'field_name', 'previous_value',
    'replacement_value', 'updated_by',
  ],
};

/** Fields that 3.1 added; the export must not depend on them, so a 3.0 reader takes it whole. */
export const HSDS_31_ONLY: readonly string[] = ['additional_urls', 'last_modified', 'capacities', 'additional_websites', 'label'];

export const HSDS_REQUIRED: Record<HsdsObject, readonly string[]> = {
  page: [],
  service: ['id', 'name', 'status'],
  organization: ['id', 'name', 'description'],
  phone: ['id', 'number'],
  schedule: ['id'],
  service_at_location: ['id'],
  location: ['id', 'location_type'],
  address: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
  language: ['id'],
  attribute: ['id'],
  taxonomy_term: ['id', 'name', 'description'],
  service_area: ['id'],
  metadata: ['id', 'last_action_date', 'last_action_type', 'field_name', 'previous_value', 'replacement_value', 'updated_by'],
};

/** Which object a nested key holds, so the test can walk an export without knowing its shape. */
export const HSDS_CHILDREN: Record<string, HsdsObject> = {
  contents: 'service',
  organization: 'organization',
  phones: 'phone',
  schedules: 'schedule',
  service_at_locations: 'service_at_location',
  location: 'location',
  addresses: 'address',
  languages: 'language',
  attributes: 'attribute',
  taxonomy_term: 'taxonomy_term',
  service_areas: 'service_area',
  metadata: 'metadata',
};

/** Allowed values where HSDS enumerates them. */
export const HSDS_ENUMS: Partial<Record<HsdsObject, Record<string, readonly string[]>>> = {
  service: { status: ['active', 'inactive', 'defunct', 'temporarily closed'] },
  location: { location_type: ['physical', 'postal', 'virtual'] },
  address: { address_type: ['physical', 'postal', 'virtual'] },
  schedule: { freq: ['WEEKLY', 'MONTHLY'] },
};
