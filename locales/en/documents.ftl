## Official documents (.docx)

document-union-name = HO CHI MINH COMMUNIST YOUTH UNION
document-number = No.: { $number }
document-place-date = { $place }, { $day }/{ $month }/{ $year }
document-recipients = Recipients:
