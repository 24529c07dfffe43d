using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// How services and reports look in GeoReport v2, field by field in the spec's order. A request's extended status
/// (FixMyStreet's states) rides in <c>extended_attributes</c>, the spec's extension field; the reporter's contact details
/// are never published.
/// </summary>
public static class Open311Mapping
{
    public static Open311Object Service(ReportService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return Open311Object.Of(
            ("service_code", service.Code), ("service_name", service.Name), ("description", service.Description), ("metadata", service.Metadata),
            ("type", service.Type), ("keywords", service.Keywords), ("group", service.Group));
    }

    public static Open311Object Definition(ReportService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var attributes = service.Attributes.OrderBy(a => a.Order ?? int.MaxValue).Select(a => (object)Attribute(a)).ToList();
        return Open311Object.Of(("service_code", service.Code), ("attributes", new Open311List("attribute", attributes)));
    }

    /// <summary>
    /// A request as the public sees it: with its <paramref name="moderation"/> the description is redacted and a redacted
    /// photo's media_url left out; <paramref name="meToo"/>, when known, rides in extended_attributes.me_too.
    /// </summary>
    public static Open311Object Request(Report report, ReportService? service, ModeratedReport? moderation = null, int? meToo = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Open311Object.Of(
            ("service_request_id", Id(report.Id)),
            ("status", ReportStatuses.ToOpen311(report.Status)),
            ("status_notes", report.StatusNotes),
            ("service_name", service?.Name),
            ("service_code", report.ServiceCode),
            ("description", ModeratedReports.PublicDescription(report, moderation)),
            ("agency_responsible", report.Department),
            ("service_notice", null),
            ("requested_datetime", report.RequestedAt),
            ("updated_datetime", report.UpdatedAt),
            ("expected_datetime", null),
            ("address", report.Address),
            ("address_id", report.AddressId),
            ("zipcode", null),
            ("lat", report.Latitude),
            ("long", report.Longitude),
            ("media_url", ModeratedReports.PublicMediaUrl(report, moderation)),
            ("extended_attributes", meToo is { } count
                ? Open311Object.Of(("status", ReportStatuses.Name(report.Status)), ("me_too", count))
                : Open311Object.Of(("status", ReportStatuses.Name(report.Status)))));
    }

    public static Open311Object Update(ReportHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Open311Object.Of(
            ("update_id", Id(entry.Id)),
            ("service_request_id", Id(entry.ReportId)),
            ("status", Open311UpdateStatuses.Name(entry.NewStatus)),
            ("updated_datetime", entry.At),
            ("description", entry.Note ?? string.Empty),
            ("media_url", entry.MediaUrl),
            ("external_status_code", null));
    }

    public static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Open311Object Attribute(AttributeDefinition attribute) => Open311Object.Of(
        ("variable", attribute.Variable),
        ("code", attribute.Code),
        ("datatype", attribute.Datatype),
        ("required", attribute.Required),
        ("datatype_description", attribute.DatatypeDescription),
        ("order", attribute.Order),
        ("description", attribute.Description),
        ("values", new Open311List("value", (attribute.Values ?? []).Select(v => (object)Open311Object.Of(("key", v.Key), ("name", v.Name))).ToList())));
}
