using Polis.Metering.Validation;

namespace Polis.Metering.Api;

/// <summary>
/// Body of POST /api/v1/metering/meters/{id}/intervals/edits: <c>set</c> each interval of [from, to) to
/// <c>quantity</c>, <c>accept</c> its Questionable values, or <c>estimate</c> it (spreading <c>total</c> when given);
/// the reason is required and kept in the audit trail with the signed-in analyst's name.
/// </summary>
public sealed record IntervalEditRequest(string? Action, string? From, string? To, double? Quantity, double? Total, string? Reason)
{
    public const int MaxReasonLength = 500;

    internal (AnalystEdit Edit, Dictionary<string, string[]> Errors) ToEdit(string actor)
    {
        var fields = new RequestFields();
        var action = fields.Enum<AnalystAction>(Action, "action");
        var known = !fields.Errors.ContainsKey("action"); // an unknown action says nothing of which amount it needs
        var from = fields.Instant(From, "from", required: true);
        var to = fields.Instant(To, "to", required: true);
        var reason = fields.Required(Reason, "reason", MaxReasonLength);
        double? quantity = null;
        if (known && action == AnalystAction.Set)
        {
            quantity = Quantity is { } q && double.IsFinite(q) ? q : null;
            if (quantity is null)
            {
                fields.Fail("quantity", "A set edit needs the quantity of each interval: a finite number.");
            }
        }
        else if (action == AnalystAction.Estimate && Total is { } total)
        {
            quantity = double.IsFinite(total) && total >= 0 ? total : null;
            if (quantity is null)
            {
                fields.Fail("total", "total is the consumption to spread over the range: a finite number, zero or more.");
            }
        }

        var edit = new AnalystEdit(action, from ?? default, to ?? default, reason, actor) { Quantity = quantity };
        return (edit, fields.Errors);
    }
}
