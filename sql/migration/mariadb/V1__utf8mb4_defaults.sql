-- Arabic text needs 4-byte UTF-8 (utf8mb4). utf8mb4_unicode_520_ci compares by the Unicode Collation
-- Algorithm (UCA 5.2), so Arabic letters sort in alphabet order and diacritics do not split equal words.
-- Set on the database so that every table created afterwards, Spring Batch's included, inherits it.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
