using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SalesCrm.Benchmarks;

/// <summary>
/// A prepared INSERT that copies one row EF stored (the template) with some columns changed, so bulk rows have exactly
/// the shape and column formats EF writes. <see cref="Expect"/> checks that values made by <see cref="Stored"/> from the
/// template's own entity equal what EF stored, so a format this harness gets wrong fails the setup instead of skewing it.
/// </summary>
internal sealed class TemplateRowInsert : IDisposable
{
    private readonly string _table;
    private readonly object?[] _template;
    private readonly Dictionary<string, int> _ordinals;
    private readonly SqliteCommand _command;

    private TemplateRowInsert(string table, object?[] template, Dictionary<string, int> ordinals, SqliteCommand command)
    {
        _table = table;
        _template = template;
        _ordinals = ordinals;
        _command = command;
    }

    public static TemplateRowInsert Of(SqliteConnection connection, string table, Guid id)
    {
        using var read = connection.CreateCommand();
        read.CommandText = $"SELECT * FROM \"{table}\" WHERE \"Id\" = @id";
        read.Parameters.AddWithValue("@id", Stored.Id(id));
        using var reader = read.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"No template row {id} in {table}.");
        }

        var template = new object?[reader.FieldCount];
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            template[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            ordinals.Add(reader.GetName(i), i);
        }

        var command = connection.CreateCommand();
        var columns = ordinals.Keys.ToList();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters.Add(new SqliteParameter($"@p{i}", DBNull.Value));
        }

        return new TemplateRowInsert(table, template, ordinals, command);
    }

    public object? this[string column] => _template[_ordinals[column]];

    /// <summary>Fails unless each of <paramref name="values"/> is what EF stored in the template row.</summary>
    public void Expect(params (string Column, object? Value)[] values)
    {
        foreach (var (column, value) in values)
        {
            if (!Equals(_template[_ordinals[column]], value))
            {
                throw new InvalidOperationException($"{_table}.{column}: EF stored '{_template[_ordinals[column]]}', the harness writes '{value}'.");
            }
        }
    }

    public void Insert(SqliteTransaction transaction, params (string Column, object? Value)[] values)
    {
        for (var i = 0; i < _template.Length; i++)
        {
            _command.Parameters[i].Value = _template[i] ?? DBNull.Value;
        }

        foreach (var (column, value) in values)
        {
            _command.Parameters[_ordinals[column]].Value = value ?? DBNull.Value;
        }

        _command.Transaction = transaction;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}

/// <summary>Column values as this app's EF model stores them on SQLite (checked against EF's own rows by <see cref="TemplateRowInsert.Expect"/>).</summary>
internal static class Stored
{
    public static string Id(Guid id) => id.ToString("D").ToUpperInvariant();

    public static string? Id(Guid? id) => id is { } value ? Id(value) : null;

    /// <summary>DateTimeOffsetToUtcTicksConverter.</summary>
    public static long At(DateTimeOffset at) => at.UtcTicks;

    public static long? At(DateTimeOffset? at) => at?.UtcTicks;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Day(DateOnly? day) => day is { } value ? Day(value) : null;

    public static string Amount(decimal amount) => amount.ToString("0.0###########################", CultureInfo.InvariantCulture);

    public static long Flag(bool value) => value ? 1 : 0;
}
