# Indonesian formats as civil servants write them: 1.234,56 and 23 November 2026.
# Two date styles (pantau.dates): headings and sentences 15 Oktober 2026 (23:59 WIB), tables and
# lists 15 Okt 2026 (14:30). Input accepts 15/10/2026 as typed.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y H:i T"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y H:i"
TIME_FORMAT = "H:i"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"]
