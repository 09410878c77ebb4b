## ĐVUT export: the note column

export-note-came-from = Transferred in from { $place }
export-note-moved-to = Transferred out to { $place }
