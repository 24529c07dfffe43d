using Polis.Metering.Meters;

namespace Polis.Metering.Api;

/// <summary>Body of POST /api/v1/metering/accounts and PUT /api/v1/metering/accounts/{id}.</summary>
public sealed record AccountRequest(string? Id, string? Name, string? Kind, string? Email, string? Phone)
{
    internal (CustomerAccount Account, Dictionary<string, string[]> Errors) ToAccount(string? pathId)
    {
        var fields = new RequestFields();
        var id = pathId ?? fields.Id(Id, "acct");
        var email = fields.Optional(Email, "email", 200);
        if (email is not null && (!email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace)))
        {
            fields.Fail("email", $"'{email}' is not an e-mail address.");
        }

        var account = new CustomerAccount(id, fields.Required(Name, "name", 200), fields.Enum<AccountKind>(Kind, "kind", AccountKind.Household), email,
            fields.Optional(Phone, "phone", 50), default, default);
        return (account, fields.Errors);
    }
}
