namespace Polis.Transit.Gtfs.Validation;

/// <summary>
/// The notices Polis raises. Codes and severities are MobilityData gtfs-validator's (docs: gtfs-validator
/// RULES.md) except the few marked "Polis", which cover what that validator leaves to its caller (the zip
/// itself, limits, encodings).
/// </summary>
public static class GtfsNoticeCodes
{
    // The archive and the files in it.
    /// <summary>Polis: not a zip, or a damaged one.</summary>
    public static readonly GtfsNoticeCode InvalidZipFile = Error("invalid_zip_file");

    /// <summary>Polis: more entries or uncompressed bytes than the configured limits (a zip bomb, or simply too big).</summary>
    public static readonly GtfsNoticeCode ZipTooLarge = Error("zip_too_large");

    public static readonly GtfsNoticeCode InvalidInputFilesInSubfolder = Error("invalid_input_files_in_subfolder");
    public static readonly GtfsNoticeCode MissingRequiredFile = Error("missing_required_file");
    public static readonly GtfsNoticeCode MissingCalendarAndCalendarDateFiles = Error("missing_calendar_and_calendar_date_files");
    public static readonly GtfsNoticeCode MissingRecommendedFile = Warning("missing_recommended_file");
    public static readonly GtfsNoticeCode UnknownFile = Info("unknown_file");

    // CSV structure.
    /// <summary>MobilityData's code for characters that are not what the file meant: here, bytes that are not UTF-8.</summary>
    public static readonly GtfsNoticeCode InvalidCharacter = Error("invalid_character");

    /// <summary>Polis: a file in UTF-16 (with its byte order mark), decoded; GTFS files should be UTF-8.</summary>
    public static readonly GtfsNoticeCode UnexpectedEncoding = Warning("unexpected_encoding");

    public static readonly GtfsNoticeCode EmptyFile = Error("empty_file");
    public static readonly GtfsNoticeCode CsvParsingFailed = Error("csv_parsing_failed");
    public static readonly GtfsNoticeCode EmptyColumnName = Error("empty_column_name");
    public static readonly GtfsNoticeCode DuplicatedColumn = Error("duplicated_column");
    public static readonly GtfsNoticeCode MissingRequiredColumn = Error("missing_required_column");
    public static readonly GtfsNoticeCode UnknownColumn = Info("unknown_column");
    public static readonly GtfsNoticeCode InvalidRowLength = Error("invalid_row_length");
    public static readonly GtfsNoticeCode NewLineInValue = Error("new_line_in_value");
    public static readonly GtfsNoticeCode EmptyRow = Warning("empty_row");
    public static readonly GtfsNoticeCode LeadingOrTrailingWhitespaces = Warning("leading_or_trailing_whitespaces");

    // Field values.
    public static readonly GtfsNoticeCode MissingRequiredField = Error("missing_required_field");
    public static readonly GtfsNoticeCode InvalidTime = Error("invalid_time");
    public static readonly GtfsNoticeCode InvalidDate = Error("invalid_date");
    public static readonly GtfsNoticeCode InvalidFloat = Error("invalid_float");
    public static readonly GtfsNoticeCode InvalidInteger = Error("invalid_integer");
    public static readonly GtfsNoticeCode InvalidColor = Error("invalid_color");
    public static readonly GtfsNoticeCode InvalidUrl = Error("invalid_url");
    public static readonly GtfsNoticeCode InvalidTimezone = Error("invalid_timezone");
    public static readonly GtfsNoticeCode NumberOutOfRange = Error("number_out_of_range");
    public static readonly GtfsNoticeCode UnexpectedEnumValue = Warning("unexpected_enum_value");

    // Keys and references.
    public static readonly GtfsNoticeCode DuplicateKey = Error("duplicate_key");
    public static readonly GtfsNoticeCode ForeignKeyViolation = Error("foreign_key_violation");

    // Rules across rows and files.
    public static readonly GtfsNoticeCode InconsistentAgencyTimezone = Error("inconsistent_agency_timezone");
    public static readonly GtfsNoticeCode RouteBothShortAndLongNameMissing = Error("route_both_short_and_long_name_missing");
    public static readonly GtfsNoticeCode StartAndEndRangeOutOfOrder = Error("start_and_end_range_out_of_order");
    public static readonly GtfsNoticeCode OverlappingFrequency = Error("overlapping_frequency");
    public static readonly GtfsNoticeCode StopTimeWithArrivalBeforePreviousDepartureTime = Error("stop_time_with_arrival_before_previous_departure_time");
    public static readonly GtfsNoticeCode StopTimeWithOnlyArrivalOrDepartureTime = Error("stop_time_with_only_arrival_or_departure_time");
    public static readonly GtfsNoticeCode MissingTripEdge = Error("missing_trip_edge");
    public static readonly GtfsNoticeCode DecreasingOrEqualShapeDistance = Error("decreasing_or_equal_shape_distance");
    public static readonly GtfsNoticeCode DecreasingOrEqualStopTimeDistance = Error("decreasing_or_equal_stop_time_distance");
    public static readonly GtfsNoticeCode UnusableTrip = Warning("unusable_trip");
    public static readonly GtfsNoticeCode UnusedTrip = Warning("unused_trip");
    public static readonly GtfsNoticeCode StopWithoutStopTime = Warning("stop_without_stop_time");
    public static readonly GtfsNoticeCode UnusedShape = Warning("unused_shape");
    public static readonly GtfsNoticeCode StopTooFarFromShape = Warning("stop_too_far_from_shape");
    public static readonly GtfsNoticeCode FastTravelBetweenConsecutiveStops = Warning("fast_travel_between_consecutive_stops");
    public static readonly GtfsNoticeCode ExpiredCalendar = Warning("expired_calendar");
    public static readonly GtfsNoticeCode FeedExpirationDate7Days = Warning("feed_expiration_date7_days");
    public static readonly GtfsNoticeCode FeedExpirationDate30Days = Warning("feed_expiration_date30_days");

    private static GtfsNoticeCode Error(string code) => new(code, GtfsSeverity.Error);

    private static GtfsNoticeCode Warning(string code) => new(code, GtfsSeverity.Warning);

    private static GtfsNoticeCode Info(string code) => new(code, GtfsSeverity.Info);
}
