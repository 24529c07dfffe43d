namespace Polis.Citizens.Reports.OneCity;

/// <summary>Why a work report could not be filed from an alarm.</summary>
public enum WorkReportRefusal
{
    /// <summary>There is no such alarm.</summary>
    UnknownAlarm,

    /// <summary>The service code is unknown or deactivated.</summary>
    UnknownService,

    /// <summary>The description is too long once reduced to plain text.</summary>
    DescriptionTooLong,

    /// <summary>The alarm already has its work report.</summary>
    AlreadyFiled,
}
