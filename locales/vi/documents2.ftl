## ĐVUT export: the note column

export-note-came-from = Chuyển đến từ { $place }
export-note-moved-to = Chuyển sinh hoạt đến { $place }
