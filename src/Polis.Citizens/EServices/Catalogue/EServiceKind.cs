namespace Polis.Citizens.EServices.Catalogue;

/// <summary>What an e-service delivers: a permit, a certificate, or an appointment booked in one of its slots.</summary>
public enum EServiceKind
{
    Permit,
    Certificate,
    Appointment,
}
