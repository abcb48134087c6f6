using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SalesCrm.Web.Data;

/// <summary>Stores instants as UTC ticks on SQLite, where DateTimeOffset text would sort wrongly across offsets.</summary>
internal sealed class DateTimeOffsetToUtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
