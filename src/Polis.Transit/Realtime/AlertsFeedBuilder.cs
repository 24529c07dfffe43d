using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Realtime.Protobuf;
using Polis.Transit.Timetable;

namespace Polis.Transit.Realtime;

/// <summary>
/// The Alerts feed: every stored alert (operators' and automatic ones) that is active now or later, entity id =
/// the alert's id. Informed entities naming ids the active network does not have (a later feed dropped a route)
/// are left out, and an alert left with none is not published (E032, E003/E004/E011/E034).
/// </summary>
public static class AlertsFeedBuilder
{
    public static FeedMessage Build(RealtimeFeedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var feed = FeedMessages.Empty(input.Now);
        foreach (var alert in input.Alerts.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            if (!alert.IsCurrentOrUpcoming(input.Now))
            {
                continue;
            }

            var message = Message(alert, input.Network);
            if (message.InformedEntity.Count > 0)
            {
                feed.Entity.Add(new FeedEntity { Id = alert.Id, Alert = message });
            }
        }

        return feed;
    }

    private static Alert Message(ServiceAlert alert, TransitNetwork? network)
    {
        var message = new Alert
        {
            Cause = (Alert.Types.Cause)(int)alert.Cause,
            Effect = (Alert.Types.Effect)(int)alert.Effect,
            SeverityLevel = (Alert.Types.SeverityLevel)(int)alert.SeverityLevel,
            HeaderText = Text(alert.Header, alert.Translations.Select(t => (t.Language, t.Header))),
        };
        if (alert.Description is not null)
        {
            message.DescriptionText = Text(alert.Description, alert.Translations.Select(t => (t.Language, t.Description)));
        }

        if (alert.Url is not null)
        {
            message.Url = Text(alert.Url, alert.Translations.Select(t => (t.Language, t.Url)));
        }

        foreach (var period in alert.ActivePeriods)
        {
            var range = new TimeRange();
            if (period.Start is { } start)
            {
                range.Start = PosixTime.Seconds(start);
            }

            if (period.End is { } end)
            {
                range.End = PosixTime.Seconds(end);
            }

            message.ActivePeriod.Add(range);
        }

        foreach (var entity in alert.InformedEntities)
        {
            if (entity.HasSpecifier && AllIdsExist(entity, network))
            {
                message.InformedEntity.Add(Selector(entity));
            }
        }

        return message;
    }

    /// <summary>The default text without a language, then one translation per language that gives this text.</summary>
    private static TranslatedString Text(string text, IEnumerable<(string Language, string? Text)> translations)
    {
        var translated = new TranslatedString();
        translated.Translation.Add(new TranslatedString.Types.Translation { Text = text });
        foreach (var (language, value) in translations)
        {
            if (!string.IsNullOrEmpty(value))
            {
                translated.Translation.Add(new TranslatedString.Types.Translation { Text = value, Language = language });
            }
        }

        return translated;
    }

    private static EntitySelector Selector(AlertInformedEntity entity)
    {
        var selector = new EntitySelector();
        if (entity.AgencyId is not null)
        {
            selector.AgencyId = entity.AgencyId;
        }

        if (entity.RouteId is not null)
        {
            selector.RouteId = entity.RouteId;
        }

        if (entity.RouteType is int routeType)
        {
            selector.RouteType = routeType;
        }

        if (entity.DirectionId is >= 0 and var direction)
        {
            selector.DirectionId = (uint)direction;
        }

        if (entity.StopId is not null)
        {
            selector.StopId = entity.StopId;
        }

        if (entity.TripId is not null)
        {
            var trip = new TripDescriptor { TripId = entity.TripId };
            if (entity.TripStartDate is not null)
            {
                trip.StartDate = entity.TripStartDate;
            }

            if (entity.TripStartTime is not null)
            {
                trip.StartTime = entity.TripStartTime;
            }

            selector.Trip = trip;
        }

        return selector;
    }

    /// <summary>True when every id the selector names exists in the active network (none can be checked without one).</summary>
    public static bool AllIdsExist(AlertInformedEntity entity, TransitNetwork? network)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (network is null)
        {
            return entity.AgencyId is null && entity.RouteId is null && entity.TripId is null && entity.StopId is null;
        }

        return (entity.AgencyId is null || network.Agencies.ContainsKey(entity.AgencyId))
            && (entity.RouteId is null || network.Routes.ContainsKey(entity.RouteId))
            && (entity.TripId is null || network.Trips.ContainsKey(entity.TripId))
            && (entity.StopId is null || network.Stops.ContainsKey(entity.StopId));
    }
}
